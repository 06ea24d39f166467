"""What the mock answers, by resource."""
