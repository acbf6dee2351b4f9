"""Benchmarks: each ``bench_*.py`` prints figures against the targets its issue names."""
