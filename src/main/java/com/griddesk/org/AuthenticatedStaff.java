package com.griddesk.org;

/** Implemented by the security principal of a logged-in member of staff. */
public interface AuthenticatedStaff {

    CurrentStaff staff();
}
