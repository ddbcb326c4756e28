/**
 * Property tests (fast-check) explore the same cases on every run, so that a
 * test run is reproducible; FC_SEED=<number> explores others (and a failure
 * prints the seed and path that reproduce it).
 */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
