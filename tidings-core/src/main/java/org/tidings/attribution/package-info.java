/**
 * Who says an event happened and how firmly: {@link org.tidings.attribution.Attributor} gives the chain of
 * sources and the certainty of an event word; {@link org.tidings.attribution.Statements} lists what parties
 * said or would not say (no comment, confirmed, denied, withheld). Everything else here is internal.
 */
package org.tidings.attribution;
