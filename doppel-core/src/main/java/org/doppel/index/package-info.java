@NullMarked
package org.doppel.index;

import org.jspecify.annotations.NullMarked;
