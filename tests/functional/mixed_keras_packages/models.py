"""KL501: Model, Sequential and compile given objects of another Keras implementation."""
import keras
import tensorflow as tf

k_in = keras.Input(shape=(8,))
k_out = keras.layers.Dense(1)(k_in)
tf_in = tf.keras.Input(shape=(8,))
tf_out = tf.keras.layers.Dense(1)(tf_in)

functional = tf.keras.Model(inputs=k_in, outputs=k_out)  # [mixed-keras-packages]
functional2 = keras.Model(k_in, tf_out)  # [mixed-keras-packages]
functional3 = keras.models.Model([tf_in], [k_out])  # [mixed-keras-packages]

seq = keras.Sequential(  # [mixed-keras-packages]
    [
        keras.Input(shape=(8,)),
        tf.keras.layers.Dense(4),
    ]
)
seq2 = tf.keras.Sequential([keras.Input(shape=(8,)), tf.keras.layers.Dense(4)])  # [mixed-keras-packages]
seq3 = keras.Sequential()
seq3.add(tf.keras.layers.Dense(4))  # [mixed-keras-packages]

model = keras.Model(k_in, k_out)
model.compile(optimizer=tf.keras.optimizers.Adam(1e-3), loss="mse")  # [mixed-keras-packages]
sgd = keras.optimizers.SGD(learning_rate=0.01)
tf_model = tf.keras.Model(tf_in, tf_out)
tf_model.compile(sgd, loss="mse")  # [mixed-keras-packages]

# losses, metrics given as strings and callbacks of the other implementation work: not reported
model.compile(optimizer="adam", loss=tf.keras.losses.MeanSquaredError())
model.fit(callbacks=[tf.keras.callbacks.EarlyStopping()])
