import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # First thing in the frozen app: an import's worker process (kb_app.core.platform.parallel) is this
        # same executable started again, and freeze_support() runs the worker there (then exits),
        # not the app. Elsewhere multiprocessing is not needed to start (and costs ~10 ms to import).
        import multiprocessing

        multiprocessing.freeze_support()
    from kb_app.cli import main

    sys.exit(main())
