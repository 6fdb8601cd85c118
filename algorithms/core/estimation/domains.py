"""Estimates for a part of the sampled area (a region: a domain in Cochran's words) from the same sample.

The domain total of class c is the stratified total of y = 1 where a point lies in the region and its reference
is c (Cochran 1977, section 5A.14; Stehman 2014 with the region as an indicator): unbiased, with the usual
stratified variance. Few points in a small region give a wide interval, as they should.
"""
import numpy as np
from osgeo import ogr

from .stratified import Z95, _Design


def domain_totals(strata, references, stratum_areas_ha, inside, codes):
    """(hectares, 95 % half-width) of reference classes `codes` among the points flagged `inside`."""
    design = _Design(list(strata), stratum_areas_ha)
    wanted = np.isin(np.array(references, dtype=object), list(codes)).astype(float)
    share, se = design.proportion(np.asarray(inside, dtype=float) * wanted)
    return share * design.total, Z95 * se * design.total


def regions_of_points(points_xy, regions):
    """For each region, which points (x, y in the regions' CRS) fall inside it."""
    flags = {}
    for region in regions:
        inside = np.zeros(len(points_xy), dtype=bool)
        if region.geometry is not None:
            minx, maxx, miny, maxy = region.geometry.GetEnvelope()
            for i, (x, y) in enumerate(points_xy):
                if minx <= x <= maxx and miny <= y <= maxy:
                    point = ogr.Geometry(ogr.wkbPoint)
                    point.AddPoint_2D(x, y)
                    inside[i] = region.geometry.Contains(point)
        flags[region.name] = inside
    return flags


def region_estimates(points_xy, strata, references, stratum_areas_ha, regions, codes):
    """{region name: (estimated ha, 95 % half-width)} of reference classes `codes`, and the whole sampled area
    under the key None."""
    estimates = {name: domain_totals(strata, references, stratum_areas_ha, inside, codes)
                 for name, inside in regions_of_points(points_xy, regions).items()}
    estimates[None] = domain_totals(strata, references, stratum_areas_ha, np.ones(len(strata), bool), codes)
    return estimates
