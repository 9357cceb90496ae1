"""Opening an office: set-up, where the database is, log-in, passwords, recovery, the lock."""
