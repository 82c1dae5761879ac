package org.arflow.design;

/** A draft that may not go live yet, with the reason in plain words. */
public class DeployRefusedException extends RuntimeException {

    public DeployRefusedException(String reason) {
        super(reason);
    }
}
