"""Putting a built site on disk: everything staged beside the output, then one commit, under a lock."""
