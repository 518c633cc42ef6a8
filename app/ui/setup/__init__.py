"""The Event setup page, a module a tab: ``event``, ``days`` (days and times), ``tables``, ``who`` (who meets
whom) and ``interpreters``, with the ``preview`` of the meeting slots beside them; ``base`` declares what
they share and ``page`` holds them, with Apply and Revert."""
