"""Versus at scale: the corpus on Apache Spark (the [spark] extra: pyspark, pyarrow; Java 17+)."""
