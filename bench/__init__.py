"""Benchmarks of issue 8: `.venv/bin/python -m bench.run` (see bench/README.md)."""
