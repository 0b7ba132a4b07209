"""KL302: a Keras (TensorFlow) training script fed by a torch data pipeline is fine."""
import numpy as np
import keras
import torch
from torch.utils.data import DataLoader, TensorDataset

features = torch.randn(64, 4)
labels = torch.randint(0, 2, (64,))
loader = DataLoader(TensorDataset(features, labels), batch_size=8)
normalized = torch.nn.functional.normalize(features, dim=1)
joined = torch.cat([features, normalized], dim=1)

teacher = torch.nn.Linear(4, 2)
teacher.eval()
with torch.no_grad():
    soft_targets = torch.softmax(teacher(features), dim=-1)


def collate(batch):
    """Arguments of unknown type: may be torch tensors."""
    xs, ys = zip(*batch)
    return torch.stack(xs).numpy(), torch.stack(ys).numpy()


model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
model.compile(loss="sparse_categorical_crossentropy")
model.fit(features.numpy(), labels.numpy(), epochs=1)
predictions = model.predict(np.ones((1, 4)))
