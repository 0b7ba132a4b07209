from keras import backend as K

K.set_image_data_format("channels_first")
if K.image_data_format() == "channels_first":
    axis = 1
if "channels_last" != K.image_data_format():
    axis = 1
