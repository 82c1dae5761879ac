package org.arflow.security;

/** What a user may do in arflow. */
public enum Role {
    BILLER, SUPERVISOR, ANALYST, ADMIN
}
