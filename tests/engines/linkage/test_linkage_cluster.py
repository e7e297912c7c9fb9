"""Clustering refuses merges that would make one person of records contradicting on sex or birth year."""

from __future__ import annotations

from corridor.linkage.cluster import cluster, contradicts


def test_a_weak_bridge_does_not_chain_father_and_son() -> None:
    # 0: father 1952, 1: hospital "О. Коваленко" with no birth, 2: son 1979. 0-1 and 1-2 both score.
    clusters, refused = cluster(3, [(0, 1, 0.9), (1, 2, 0.8)], ["M", None, "M"],
                                [(1952, 1952, False), (None, None, None), (1979, 1979, False)])
    assert clusters[0] == clusters[1]
    assert clusters[2] != clusters[0]
    assert refused == [(1, 2)]


def test_sex_contradiction_is_refused() -> None:
    clusters, refused = cluster(3, [(0, 1, 0.95), (1, 2, 0.9)], ["M", None, "F"],
                                [(None, None, None)] * 3)
    assert clusters[0] == clusters[1] != clusters[2]
    assert refused == [(1, 2)]


def test_an_age_fits_within_its_slack() -> None:
    clusters, refused = cluster(2, [(0, 1, 0.9)], ["M", "M"], [(1952, 1952, False), (1950, 1951, True)])
    assert clusters[0] == clusters[1] and refused == []


def test_strongest_pairs_merge_first() -> None:
    # 1 could join 0 (weak) or 2 (strong); 0 and 2 contradict, so 1 goes with 2.
    clusters, _ = cluster(3, [(0, 1, 0.6), (1, 2, 0.99)], ["M", "M", "M"],
                          [(1940, 1940, False), (1970, 1970, False), (1970, 1970, False)])
    assert clusters[1] == clusters[2] != clusters[0]


def test_direct_contradiction_is_told_from_a_chain() -> None:
    births = [(1952, 1952, False), (None, None, None), (1979, 1979, False)]
    sexes = ["M", None, "M"]
    assert contradicts(0, 2, sexes, births)  # father and son: the model saw the 27 years
    assert not contradicts(0, 1, sexes, births) and not contradicts(1, 2, sexes, births)
    assert contradicts(0, 1, ["M", "F", None], births)


def test_equal_probabilities_cluster_the_same_whatever_order_the_pairs_come_in() -> None:
    # 0 is a man, 2 a woman, 1 unknown; 0-1 and 1-2 are equally strong, so only one can be merged.
    sexes = ["M", None, "F"]
    births = [(1950, 1950, False)] * 3
    one = cluster(3, [(0, 1, 0.9), (1, 2, 0.9)], sexes, births)
    other = cluster(3, [(2, 1, 0.9), (1, 0, 0.9)], sexes, births)
    assert one == other
    clusters, refused = one
    assert clusters[0] == clusters[1] != clusters[2]
    assert len(refused) == 1
