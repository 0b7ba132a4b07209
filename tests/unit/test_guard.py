"""What keras-lint's own inference may build: never the frameworks, never installed packages;
the standard library and the user's own modules, yes."""

from __future__ import annotations

import pytest
from astroid.exceptions import AstroidImportError
from astroid.manager import AstroidManager

from keras_lint.semantic.guard import no_framework_modules


@pytest.mark.parametrize("modname", ["tensorflow", "keras.layers", "torch.nn", "numpy"])
def test_framework_modules_are_refused(modname):
    with no_framework_modules(), pytest.raises(AstroidImportError, match="framework module"):
        AstroidManager().ast_from_module_name(modname)


def test_installed_packages_are_refused():
    """pytest (like absl, which TF and Keras tests import) lives in site-packages: its values are
    never a framework's own, and building it cost most of a file's lint (absl.testing.parameterized
    alone, ~1.5 s, the first time a Keras test file was linted)."""
    with no_framework_modules(), pytest.raises(AstroidImportError, match="installed package"):
        AstroidManager().ast_from_module_name("pytest")


def test_standard_library_and_own_modules_are_built(tmp_path):
    (tmp_path / "helpers_for_guard_test.py").write_text("import keras\ndef make():\n    return keras.Input((3,))\n")
    context = str(tmp_path / "main.py")
    with no_framework_modules():
        assert AstroidManager().ast_from_module_name("json").name == "json"
        own = AstroidManager().ast_from_module_name("helpers_for_guard_test", context)
    assert own.file.startswith(str(tmp_path))


def test_outside_the_guard_nothing_is_refused():
    assert AstroidManager().ast_from_module_name("pytest").name == "pytest"

