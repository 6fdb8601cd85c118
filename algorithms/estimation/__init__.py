"""Sample-based area estimation: the sampling design and the area estimate (Processing algorithms)."""
