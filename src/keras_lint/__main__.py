"""``python -m keras_lint``: the keras-lint command."""

import sys

from keras_lint.cli import main

sys.exit(main())
