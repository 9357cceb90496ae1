"""Administration: users and profiles, office settings, violation words, audit log, backups."""
