"""The Requests page, a module a tab: ``by_organisation``, ``matrix`` (across groups) and ``suggestions``;
``base`` declares what they share and ``page`` holds them."""
