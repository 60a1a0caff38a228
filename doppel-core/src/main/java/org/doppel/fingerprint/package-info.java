@NullMarked
package org.doppel.fingerprint;

import org.jspecify.annotations.NullMarked;
