"""The headless core: content, library database, search, packs and user data. Never imports Qt."""
