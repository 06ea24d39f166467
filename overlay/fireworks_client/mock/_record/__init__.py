"""Recording, replay and drift: the proxy, cassettes and the checks behind drift reports."""
