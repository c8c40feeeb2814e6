"""What the site is: its configuration, its posts and comments as records, loaded and checked."""
