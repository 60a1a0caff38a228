@NullMarked
package org.doppel;

import org.jspecify.annotations.NullMarked;
