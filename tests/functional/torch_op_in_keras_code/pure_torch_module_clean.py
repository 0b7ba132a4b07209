"""KL302: a PyTorch module that does not use Keras or TensorFlow."""
import torch
import torch.nn.functional as F
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        return F.relu(torch.cat([self.fc(x), x], dim=-1))


model = Block()
model.eval()
with torch.no_grad():
    out = model(torch.ones(1, 4))
model.train()
