"""How many points: Olofsson et al. (2014) eq. 13, and their allocation to strata."""
import math

from ..errors import CoreError


def olofsson_sample_size(weights, users_accuracies, target_se):
    """n = (sum W_i S_i / S(O))^2 with S_i = sqrt(U_i (1 - U_i)): the points for a target standard error of
    the overall accuracy, given each stratum's area share W_i and expected user's accuracy U_i (rounded up)."""
    if not 0 < target_se < 1:
        raise CoreError("bad_target_se", value=target_se)
    for value in users_accuracies:
        if not 0 < value < 1:
            raise CoreError("bad_expected_accuracy", value=value)
    total = float(sum(weights))
    spread = sum(w / total * math.sqrt(u * (1 - u)) for w, u in zip(weights, users_accuracies))
    return max(1, math.ceil(round((spread / target_se) ** 2, 9)))


def allocate(total, areas, minimum, available=None):
    """Points per stratum: `minimum` each (rare classes get enough to estimate their accuracy), the rest of
    `total` in proportion to area (largest remainders); never more than a stratum's pixels."""
    names = [name for name in areas if areas[name] > 0]
    available = available or {}
    sizes = {name: min(minimum, available.get(name, minimum)) for name in names}
    rest = max(0, int(total) - sum(sizes.values()))
    area_sum = sum(areas[name] for name in names)
    if rest and area_sum > 0:
        shares = {name: rest * areas[name] / area_sum for name in names}
        extra = {name: int(math.floor(share)) for name, share in shares.items()}
        left = rest - sum(extra.values())
        for name in sorted(names, key=lambda n: (extra[n] - shares[n], str(n)))[:left]:
            extra[name] += 1
        for name in names:
            sizes[name] += extra[name]
    return {name: min(n, available.get(name, n)) for name, n in sizes.items()}
