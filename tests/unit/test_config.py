"""Target options: explicit values, auto detection, per-module narrowing."""

from __future__ import annotations

import astroid
import pytest

from keras_lint import config
from keras_lint.config import ConfigError, Target, resolve
from keras_lint.semantic import apis
from keras_lint.semantic.facts import ModuleContext, collect


def test_explicit_values():
    t = resolve("2", "torch", "1.15")
    assert t == Target(keras_version=2, keras_backend="torch", tensorflow_version=(1, 15))
    assert t.tf_keras_is_keras2


@pytest.mark.parametrize("kwargs", [{"keras_version": "4"}, {"keras_backend": "theano"}, {"tensorflow_version": "3.0"}, {"tensorflow_version": "new"}])
def test_bad_values_are_config_errors(kwargs):
    with pytest.raises(ConfigError):
        resolve(**kwargs)


def test_auto_reads_distribution_metadata_not_imports(monkeypatch):
    monkeypatch.setattr(config, "_installed", lambda: ("2.15.0", "2.15.1"))
    monkeypatch.delenv("KERAS_BACKEND", raising=False)
    assert resolve() == Target(2, "tensorflow", (2, 15))
    monkeypatch.setattr(config, "_installed", lambda: (None, "2.12.0"))
    assert resolve().keras_version == 2
    monkeypatch.setattr(config, "_installed", lambda: (None, None))
    assert resolve() == Target(3, "tensorflow", (2, 21))


def test_installed_versions_come_from_dist_info_folder_names(tmp_path):
    site, other = tmp_path / "site", tmp_path / "other"
    site.mkdir()
    other.mkdir()
    (site / "keras-3.15.1.dist-info").mkdir()
    (site / "tensorflow_cpu-2.21.0.dist-info").mkdir()
    (other / "tf_nightly-2.22.0.dev20261101.dist-info").mkdir()
    (other / "keras-2.15.0.dist-info").mkdir()  # shadowed: the first on the path wins
    path = [str(site), str(tmp_path / "missing"), str(other)]
    assert config._dist_version("keras", "keras-nightly", path=path) == "3.15.1"
    assert config._dist_version("tensorflow", "tensorflow-cpu", path=path) == "2.21.0"
    assert config._dist_version("tf-nightly", path=path) == "2.22.0.dev20261101"
    assert config._dist_version("torch", path=path) is None


def test_installed_versions_agree_with_importlib_metadata():
    """On this environment, whatever is installed: the same answer as the standard library."""
    from importlib import metadata

    for name in ("pylint", "astroid", "flake8", "keras", "tensorflow-cpu", "torch", "surely-not-installed"):
        try:
            expected = metadata.version(name)
        except metadata.PackageNotFoundError:
            expected = None
        assert config._dist_version(name) == expected, name


def test_auto_backend_follows_the_environment(monkeypatch):
    monkeypatch.setenv("KERAS_BACKEND", "jax")
    assert resolve(keras_backend="auto").keras_backend == "jax"
    assert resolve(keras_backend="torch").keras_backend == "torch"


def _ctx(code: str, target: Target = Target()) -> ModuleContext:
    module = astroid.parse(code)
    return ModuleContext(module=module, target=target, facts=collect(module))


def test_module_that_sets_the_backend_before_importing_keras():
    ctx = _ctx("import os\nos.environ['KERAS_BACKEND'] = 'torch'\nimport keras\n")
    assert ctx.backend == "torch"
    late = _ctx("import os\nimport keras\nos.environ['KERAS_BACKEND'] = 'torch'\n")
    assert late.backend == "tensorflow"
    setdefault = _ctx("import os\nos.environ.setdefault('KERAS_BACKEND', 'jax')\nimport keras\n")
    assert setdefault.backend == "jax"


def test_keras_major_per_spelling():
    ctx = _ctx("import keras\nimport tensorflow as tf\n")
    assert ctx.keras_major(apis.KERAS) == 3
    assert ctx.keras_major(apis.TF_KERAS) == 3
    assert ctx.keras_major(apis.LEGACY) == 2
    legacy = _ctx("import os\nos.environ['TF_USE_LEGACY_KERAS'] = '1'\nimport tensorflow as tf\n")
    assert legacy.keras_major(apis.TF_KERAS) == 2
    old_tf = _ctx("import tensorflow as tf\n", Target(3, "tensorflow", (2, 15)))
    assert old_tf.keras_major(apis.TF_KERAS) == 2
