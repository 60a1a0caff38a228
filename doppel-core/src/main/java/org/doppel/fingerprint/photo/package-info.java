@NullMarked
package org.doppel.fingerprint.photo;

import org.jspecify.annotations.NullMarked;
