"""The mock as the effective spec declares it: which operation a request is (``routes``), its
reading and validation (``requests``), the shape of its errors (``errors``), the framing of
its streams (``framing``), and the schemas read for them (``schemas``)."""
