"""Computation for Mining Loss Monitor: numpy, GDAL/OGR and the standard library only."""
