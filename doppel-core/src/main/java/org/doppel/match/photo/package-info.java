@NullMarked
package org.doppel.match.photo;

import org.jspecify.annotations.NullMarked;
