"""KL501: the module's own Layer and Model subclasses belong to the Keras they subclass."""
import keras
import tensorflow as tf


class Attention(tf.keras.layers.Layer):
    def call(self, inputs):
        return inputs


class Block(Attention):
    pass


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        return self.head(inputs)

    def setup(self):
        self.compile(optimizer=tf.keras.optimizers.RMSprop())  # [mixed-keras-packages]


inputs = keras.Input(shape=(8,))
x = Attention()(inputs)  # [mixed-keras-packages]
block = Block()
y = block(inputs)  # [mixed-keras-packages]
seq = keras.Sequential([keras.Input(shape=(8,)), Block()])  # [mixed-keras-packages]
net = Net()
net.compile(optimizer=tf.keras.optimizers.Adam())  # [mixed-keras-packages]
