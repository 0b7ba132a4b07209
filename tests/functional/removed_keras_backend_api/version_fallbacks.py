"""A fallback whose every alternative is Keras 3 lacks the name just the same."""
try:
    import keras
except ImportError:
    from tensorflow import keras


def training_flag(training=None):
    if training is None:
        training = keras.backend.learning_phase()  # [removed-keras-backend-api]
    return training
