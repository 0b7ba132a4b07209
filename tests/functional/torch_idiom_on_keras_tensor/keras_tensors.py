"""KL301: torch tensor members on symbolic Keras tensors (every backend)."""
import keras

inputs = keras.Input((16, 8))
hidden = keras.layers.Dense(32)(inputs)

swapped = inputs.transpose(1, 2)  # [torch-idiom-on-keras-tensor]
expanded = hidden.unsqueeze(1)  # [torch-idiom-on-keras-tensor]
clipped = hidden.clamp(0.0, 6.0)  # [torch-idiom-on-keras-tensor]
no_grad = hidden.detach()  # [torch-idiom-on-keras-tensor]
halves = hidden.half()  # [torch-idiom-on-keras-tensor]
steps = inputs.shape[1]

# a KerasTensor has no .cpu() either: three call sites, three findings
ported = inputs.permute(0, 2, 1).contiguous().cpu()  # [torch-idiom-on-keras-tensor, torch-idiom-on-keras-tensor, torch-idiom-on-keras-tensor]

model = keras.Model(inputs, hidden)
features = model.output.float()  # [torch-idiom-on-keras-tensor]
