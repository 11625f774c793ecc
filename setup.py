"""Only what pyproject.toml cannot say: resources/ stays at the top of the tree and is installed
inside the package as app/resources, so an installed copy (a wheel, `pip install .`) carries
the calls and the compiled translations. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["app", "app.*"]), "app.resources"],
      package_dir={"app.resources": "resources"})
