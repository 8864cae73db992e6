"""Connected components of a large graph in Spark DataFrames: the alternating large-star and
small-star steps of Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014).

Edges are kept as (src, dst) with src > dst. Large-star links every neighbour larger than a
node to the least of that node's neighbourhood; small-star links a node and its smaller
neighbours to the least of them. Both keep the components and shrink their depth, and a graph
of stars, each centred at its least vertex (every src has one dst and no dst is a src), is the
fixed point of both: the loop stops there, after O(log² n) rounds at worst (a handful on story
groups). Each round is checkpointed (``localCheckpoint``), so the lineage, and with it the plan
Spark optimises, stays one round long however many rounds there are.

Nothing but pyspark, imported by the functions (the package imports without the [spark] extra).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

MAX_ROUNDS = 200  # rounds grow as log² of the vertices: 200 is far beyond any real corpus


def _truncate(df: DataFrame) -> DataFrame:
    """``df`` computed once and cut from its lineage."""
    return df.localCheckpoint(eager=True)


def normalise(edges: DataFrame, src: str = "src", dst: str = "dst") -> DataFrame:
    """The undirected edges as distinct (src, dst) long pairs with src > dst (no self-loops)."""
    from pyspark.sql import functions as F

    a, b = F.col(src).cast("long"), F.col(dst).cast("long")
    return (edges.where(a.isNotNull() & b.isNotNull() & (a != b))
            .select(F.greatest(a, b).alias("src"), F.least(a, b).alias("dst")).distinct())


def large_star(edges: DataFrame) -> DataFrame:
    """Every neighbour v > u of each vertex u linked to m(u), the least of u and its neighbours."""
    from pyspark.sql import functions as F

    both = edges.select(F.col("src").alias("u"), F.col("dst").alias("v")).unionByName(
        edges.select(F.col("dst").alias("u"), F.col("src").alias("v")))
    least = both.groupBy("u").agg(F.least(F.min("v"), F.col("u")).alias("m"))
    return (both.where(F.col("v") > F.col("u")).join(least, "u")
            .select(F.col("v").alias("src"), F.col("m").alias("dst")).distinct())


def small_star(edges: DataFrame) -> DataFrame:
    """Each vertex u and its smaller neighbours linked to m, the least of those neighbours."""
    from pyspark.sql import functions as F

    least = edges.groupBy("src").agg(F.min("dst").alias("m"))
    linked = (edges.join(least, "src").where(F.col("dst") != F.col("m"))
              .select(F.col("dst").alias("src"), F.col("m").alias("dst")))
    return linked.unionByName(least.select("src", F.col("m").alias("dst"))).distinct()


def is_star_forest(edges: DataFrame) -> bool:
    """Every src has exactly one dst, and no dst is a src: each component is one star. (One
    Spark job: the first vertex breaking either rule ends it.)"""
    from pyspark.sql import functions as F

    fanout = edges.groupBy("src").agg(F.count(F.lit(1)).alias("n"))
    branching = fanout.where(F.col("n") > 1).select(F.col("src").alias("x"))
    chained = edges.select(F.col("dst").alias("x")).join(fanout.select(F.col("src").alias("x")), "x", "left_semi")
    return not branching.unionByName(chained).limit(1).collect()


def connected_components(edges: DataFrame, src: str = "src", dst: str = "dst",
                         max_rounds: int = MAX_ROUNDS) -> tuple[DataFrame, int]:
    """(id, component) for every vertex of an edge, component being the least id of the
    vertex's connected component, and the number of rounds taken. Vertices are longs; the
    edges are undirected (either order, repeats allowed); self-loops are dropped, so a vertex
    on nothing else gets no row (it is alone, as a vertex on no edge is)."""
    from pyspark.sql import functions as F

    current = _truncate(normalise(edges, src, dst))
    rounds = 0
    while not is_star_forest(current):
        if rounds >= max_rounds:
            raise RuntimeError(f"connected components did not converge in {max_rounds} rounds")
        current = _truncate(small_star(large_star(current)))
        rounds += 1
    centres = current.select(F.col("dst").alias("id"), F.col("dst").alias("component")).distinct()
    labels = current.select(F.col("src").alias("id"), F.col("dst").alias("component")).unionByName(centres)
    return labels, rounds
