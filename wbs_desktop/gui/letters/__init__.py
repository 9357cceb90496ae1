"""Letters: the case's Letters tab; the letterhead, numbers and signatories settings tabs."""
