"""Entry point for mkdocs-macros: wires the handbok package in, nothing else."""

from handbok.mkdocs.macros_env import register


def define_env(env):  # noqa: ANN001, ANN201 - signature fixed by mkdocs-macros
    register(env)
