//! One sort for the whole crate. The standard library compiles its sort again for every element
//! type and comparison (a dozen of them weighed about 11 KB of gzipped WebAssembly); these sort the
//! items' indices with one compiled sort and then move the items into place. Every sort here
//! is stable: of equal items, the earlier stays first.

use std::cmp::Ordering;

/// Sorts `indices` by `compare`, equal ones by their own value: the only call of the standard
/// library's sort in the crate.
#[inline(never)]
fn sort_indices(indices: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    indices.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
}

/// Puts `items` in `order`: the item at `order[i]` moves to `i`. Follows each cycle of the
/// permutation once, marking a place done by pointing it at itself.
fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut current = start;
        loop {
            let source = order[current];
            order[current] = current;
            if source == start {
                break;
            }
            items.swap(current, source);
            current = source;
        }
    }
}

/// Like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    apply(items, order);
}

/// Like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Like `slice::sort_by_cached_key`: each key computed once.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| keys[a].cmp(&keys[b]));
    apply(items, order);
}

/// Like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Numbers in ascending order, sorted in place.
pub fn sort_numbers(numbers: &mut [usize]) {
    sort_indices(numbers, &mut |a, b| a.cmp(&b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_sorts() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for len in (0..40).chain([100, 1000, 5000]) {
            for range in [2, 10, 1 << 30] {
                // Pairs with repeated keys, so stability shows.
                let items: Vec<(u64, usize)> = (0..len).map(|i| (next() % range, i)).collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut expected = items.clone();
                expected.sort_by_key(|p| p.0);
                assert_eq!(ours, expected);

                let mut cached = items.clone();
                sort_by_cached_key(&mut cached, |p| p.0 / 2);
                expected = items.clone();
                expected.sort_by_cached_key(|p| p.0 / 2);
                assert_eq!(cached, expected);

                let mut words: Vec<String> = items.iter().map(|p| format!("w{}", p.0)).collect();
                let mut expected_words = words.clone();
                sort(&mut words);
                expected_words.sort();
                assert_eq!(words, expected_words);

                let mut numbers: Vec<usize> = items.iter().map(|p| p.0 as usize).collect();
                let mut expected_numbers = numbers.clone();
                sort_numbers(&mut numbers);
                expected_numbers.sort_unstable();
                assert_eq!(numbers, expected_numbers);
            }
        }
    }
}
