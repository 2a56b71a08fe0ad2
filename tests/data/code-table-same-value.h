/* A code table whose only mistake is a value given twice (test-generators). */
WSMSG_CODE("WS_E_FIRST", 0x803D0001u, "A first value.")
WSMSG_CODE("WS_E_SECOND", 0x803D0001u, "The first value again.")
