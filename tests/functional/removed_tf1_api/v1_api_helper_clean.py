"""A TF1 branch behind a helper that tests for the TF1 API (its name says v1)."""
import tensorflow as tf


def is_v1_apis():
    return hasattr(tf, "assign")


def configure(converter):
    if not is_v1_apis():
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    else:
        converter.inference_type = tf.lite.constants.INT8
        converter.inference_input_type = tf.lite.constants.FLOAT
    return converter
