"""Example cases for `her2nav demo` (copied from the shared examples; the valid ones)."""
