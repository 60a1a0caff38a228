@NullMarked
package org.doppel.match;

import org.jspecify.annotations.NullMarked;
