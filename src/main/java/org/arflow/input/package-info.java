/**
 * What comes from outside, checked once for every way in (JSON API, X12 files, UI): identifiers that cannot
 * hurt (length, allowed characters), text that goes to a log line without line breaks, and the one way the
 * API answers a client's mistake (RFC 9457 problem details). It knows no feature; features use it.
 */
package org.arflow.input;
