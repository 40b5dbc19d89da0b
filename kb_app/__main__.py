import multiprocessing
import sys

if __name__ == "__main__":
    # First thing: in the frozen app an import's worker process (kb_app.core.parallel) is this same
    # executable started again, and freeze_support() runs the worker there (then exits), not the app.
    multiprocessing.freeze_support()
    from kb_app.cli import main

    sys.exit(main())
