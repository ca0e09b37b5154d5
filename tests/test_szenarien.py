"""Die Gherkin-Szenarien aus features/ als pytest-Tests (Schritte: lexdsl.pytest_plugin)."""

from pytest_bdd import scenarios

scenarios(".")
