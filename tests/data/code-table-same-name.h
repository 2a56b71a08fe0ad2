/* A code table whose only mistake is a name given twice (test-generators). */
WSMSG_CODE("WS_E_FIRST", 0x803D0001u, "A first value.")
WSMSG_CODE("WS_E_FIRST", 0x803D0002u, "The same name again.")
