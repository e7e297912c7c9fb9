"""The Spark backend: a local (or given) Spark session with Splink's similarity functions registered."""

from __future__ import annotations

from typing import Any

# Spark types of the feature columns; lists become arrays of strings.
_ARRAYS = {"given_keys", "given_initials", "given_initials_x", "given_block", "family_keys", "family_block",
           "family_del", "doc_del", "patr_keys", "patr_initials", "patr_initials_x", "by_years"}
_INTS = {"unique_id", "by_min", "by_max", "b_month", "b_day", "b5", "b5s"}
_BOOLS = {"given_is_initial", "patr_is_initial", "b_approx"}
_FLOATS = {"place_lat", "place_lon", "family_freq"}


def local_session(cores: int = 2) -> Any:
    """A local Spark session with the jar carrying jaro_winkler and friends."""
    import tempfile

    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("corridor-linkage")
        .config("spark.jars", similarity_jar_location())
        .config("spark.sql.shuffle.partitions", str(max(4, cores * 4)))
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    # Splink breaks long query lineages by writing intermediate tables to the checkpoint directory.
    if not session.sparkContext.getCheckpointDir():
        session.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="corridor-spark-"))
    return session


def spark_api(spark: Any = None) -> Any:
    from splink.backends.spark import SparkAPI

    session = spark or local_session()
    api = SparkAPI(spark_session=session)
    api.spark = session
    return api


def to_spark(spark: Any, features: Any) -> Any:
    """A Spark DataFrame with explicit types (pandas' nullable ints and lists do not infer well)."""
    from pyspark.sql import types as T

    fields = []
    for col in features.columns:
        if col in _ARRAYS:
            t: Any = T.ArrayType(T.StringType())
        elif col in _INTS:
            t = T.LongType()
        elif col in _BOOLS:
            t = T.BooleanType()
        elif col in _FLOATS:
            t = T.DoubleType()
        else:
            t = T.StringType()
        fields.append(T.StructField(col, t, True))
    plain = features.astype(object).where(features.notna(), None)
    rows = [tuple(rec) for rec in plain.itertuples(index=False)]
    return spark.createDataFrame(rows, T.StructType(fields))
